#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, for a program that has its own main: SwiftPM gives every executable
// target one (it links `main` to the module's entry point), so the harness calls the driver
// instead of linking libFuzzer's `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
