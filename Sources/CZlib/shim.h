// zlib for GitKit's pack reader. `inflateInit` is a macro (it passes zlib's version and the
// stream's size to `inflateInit_`), which Swift cannot call: it is wrapped here.
#ifndef OSSRLINT_CZLIB_SHIM_H
#define OSSRLINT_CZLIB_SHIM_H

#include <zlib.h>

static inline int ossrlint_inflate_init(z_stream *stream) {
    return inflateInit(stream);
}

#endif
