#ifndef HIROBA_CSYSTEM_H
#define HIROBA_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (e.g. ENOSYS, EINVAL elsewhere).
int hiroba_exchange_paths(const char *a, const char *b);

#endif
