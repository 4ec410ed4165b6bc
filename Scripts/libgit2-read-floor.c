// What libgit2 alone takes to read every blob's header (its size) and every blob's content, in
// the order given, through the object database's backends as GitKit's shims do: the floor under
// `ossrlint check`'s sizes and secret scan, to set beside `git ls-tree -r -l HEAD` (bench.py).
// Run:
//   cc -O2 Scripts/libgit2-read-floor.c -o /tmp/read-floor -lgit2
//   git -C REPO ls-tree -r HEAD | awk '$2 == "blob" {print $3}' > /tmp/ids
//   /tmp/read-floor REPO /tmp/ids headers     # or: contents
#include <git2.h>
#include <git2/sys/odb_backend.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: %s REPOSITORY ID-FILE headers|contents\n", argv[0]); return 2; }
    int contents = strcmp(argv[3], "contents") == 0;
    git_libgit2_init();
    git_repository *repository;
    git_odb *database;
    if (git_repository_open(&repository, argv[1]) != 0 || git_repository_odb(&database, repository) != 0) { fprintf(stderr, "cannot open %s\n", argv[1]); return 3; }
    FILE *list = fopen(argv[2], "r");
    if (!list) { perror(argv[2]); return 2; }
    size_t count = 0, capacity = 1024;
    git_oid *ids = malloc(capacity * sizeof *ids);
    char line[128];
    while (fgets(line, sizeof line, list)) {
        if (count == capacity) ids = realloc(ids, (capacity *= 2) * sizeof *ids);
        if (git_oid_fromstrn(&ids[count], line, 40) == 0) count++;
    }
    git_odb_backend *backends[16];
    size_t backendCount = git_odb_num_backends(database);
    if (backendCount > 16) backendCount = 16;
    for (size_t index = 0; index < backendCount; index++) git_odb_get_backend(&backends[index], database, index);
    double start = now();
    size_t bytes = 0, read = 0;
    for (size_t object = 0; object < count; object++) {
        for (size_t index = 0; index < backendCount; index++) {
            git_odb_backend *backend = backends[index];
            size_t size;
            git_object_t type;
            void *data;
            if (contents ? backend->read && backend->read(&data, &size, &type, backend, &ids[object]) == 0
                         : backend->read_header && backend->read_header(&size, &type, backend, &ids[object]) == 0) {
                if (contents) git_odb_backend_data_free(backend, data);
                bytes += size;
                read++;
                break;
            }
        }
    }
    printf("%s of %zu blobs (%zu read, %zu bytes): %.1f ms\n", argv[3], count, read, bytes, now() - start);
    return 0;
}
