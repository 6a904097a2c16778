#ifndef CADDER_MEMORY_H
#define CADDER_MEMORY_H

// The assembler's executable-memory shims: what Swift's Glibc module does not offer
// (memfd_create is reached only through the variadic syscall(2); MAP_FAILED is a macro) and
// the single-instruction atomic stores that rewrite a patchable field in live code.

#include <stddef.h>
#include <stdint.h>

/// memfd_create(2) through syscall(2). Returns a file descriptor, or -1 with errno set.
int adder_memfd_create(const char *name);

/// mmap(2) of `size` bytes of `fd` from offset 0, MAP_SHARED, with `prot`
/// (PROT_READ | PROT_WRITE | PROT_EXEC bits). Returns NULL on failure.
void *adder_map_shared(int fd, size_t size, int prot);
/// As adder_map_shared, placed at `hint` when that range is free (a hint, not MAP_FIXED).
void *adder_map_shared_near(int fd, size_t size, int prot, void *hint);

/// Anonymous private mapping of `size` bytes with `prot`. Returns NULL on failure.
void *adder_map_anonymous(size_t size, int prot);

/// munmap(2); returns 0 on success.
int adder_unmap(void *address, size_t size);

/// mprotect(2); returns 0 on success.
int adder_protect(void *address, size_t size, int prot);

/// ftruncate(2); returns 0 on success.
int adder_resize(int fd, size_t size);

/// close(2).
int adder_close(int fd);

/// One aligned 4-byte store with release ordering (a single `mov` on x86-64).
void adder_store_release_32(void *address, uint32_t value);

/// One aligned 8-byte store with release ordering (a single `mov` on x86-64).
void adder_store_release_64(void *address, uint64_t value);

/// The protection bits, so Swift need not rely on how Glibc's macros are imported.
#define ADDER_PROT_READ 1
#define ADDER_PROT_WRITE 2
#define ADDER_PROT_EXEC 4

/// The calling thread's stack: its lowest address and size (pthread_getattr_np, a GNU extension
/// Swift's Glibc module does not export). Returns 0 on success.
int adder_thread_stack(void **low, size_t *size);
#endif
