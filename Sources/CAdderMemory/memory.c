#define _GNU_SOURCE
#include "CAdderMemory.h"

#include <sys/mman.h>
#include <sys/syscall.h>
#include <pthread.h>
#include <unistd.h>

_Static_assert(ADDER_PROT_READ == PROT_READ, "PROT_READ");
_Static_assert(ADDER_PROT_WRITE == PROT_WRITE, "PROT_WRITE");
_Static_assert(ADDER_PROT_EXEC == PROT_EXEC, "PROT_EXEC");

#ifndef MFD_CLOEXEC
#define MFD_CLOEXEC 0x0001U
#endif

int adder_memfd_create(const char *name) {
  return (int)syscall(SYS_memfd_create, name, MFD_CLOEXEC);
}

void *adder_map_shared(int fd, size_t size, int prot) {
  void *p = mmap(NULL, size, prot, MAP_SHARED, fd, 0);
  return p == MAP_FAILED ? NULL : p;
}

void *adder_map_shared_near(int fd, size_t size, int prot, void *hint) {
  void *p = mmap(hint, size, prot, MAP_SHARED, fd, 0);
  return p == MAP_FAILED ? NULL : p;
}

void *adder_map_anonymous(size_t size, int prot) {
  void *p = mmap(NULL, size, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

int adder_unmap(void *address, size_t size) { return munmap(address, size); }

int adder_protect(void *address, size_t size, int prot) { return mprotect(address, size, prot); }

int adder_resize(int fd, size_t size) { return ftruncate(fd, (off_t)size); }

int adder_close(int fd) { return close(fd); }

void adder_store_release_32(void *address, uint32_t value) {
  __atomic_store_n((uint32_t *)address, value, __ATOMIC_RELEASE);
}

void adder_store_release_64(void *address, uint64_t value) {
  __atomic_store_n((uint64_t *)address, value, __ATOMIC_RELEASE);
}

int adder_thread_stack(void **low, size_t *size) {
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return -1;
  int status = pthread_attr_getstack(&attributes, low, size);
  pthread_attr_destroy(&attributes);
  return status;
}
