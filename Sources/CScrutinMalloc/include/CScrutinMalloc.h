#ifndef C_SCRUTIN_MALLOC_H
#define C_SCRUTIN_MALLOC_H

/// Maps every allocation of `bytes` or more on its own, so that it is given back to the system
/// when freed. glibc otherwise raises this threshold as large buffers are freed, and later
/// temporary arrays stay resident on the heap. Returns 1 on success, 0 where not supported.
int scrutin_set_mmap_threshold(int bytes);

#endif
