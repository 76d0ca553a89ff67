#ifndef HIROBA_CSYSTEM_H
#define HIROBA_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (e.g. ENOSYS, EINVAL elsewhere).
int hiroba_exchange_paths(const char *a, const char *b);

#include <dirent.h>

/// The name of a directory entry. Swift imports `d_name` as a 256-byte tuple, and copying
/// it reads past the end of short records that `readdir` returns; this reads the C string
/// where it is.
const char *hiroba_dirent_name(const struct dirent *entry);

#endif
