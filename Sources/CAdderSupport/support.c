#define _GNU_SOURCE
#include "CAdderSupport.h"
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int adder_format_double(char *buffer, size_t size, char conversion, int precision, double value) {
  char format[8] = {'%', '.', '*', conversion, 0};
  return snprintf(buffer, size, format, precision, value);
}

void adder_with_registers_spilled(void (*visit)(void *context, void *low), void *context) {
  // Caller-saved registers are dead across this call by the ABI; the callee-saved ones may hold
  // values the caller's frames keep in registers, so store them where the scan will look.
  volatile uint64_t registers[6];
  __asm__ volatile(
      "movq %%rbx, 0(%0)\n\t"
      "movq %%rbp, 8(%0)\n\t"
      "movq %%r12, 16(%0)\n\t"
      "movq %%r13, 24(%0)\n\t"
      "movq %%r14, 32(%0)\n\t"
      "movq %%r15, 40(%0)\n\t"
      :
      : "r"(registers)
      : "memory");
  visit(context, (void *)registers);
  // Keep `registers` alive across the call: without this the compiler makes the call a tail
  // call, pops this frame, and the spilled registers are overwritten before the scan reads them.
  __asm__ volatile("" : : "r"(registers) : "memory");
}

void *adder_stack_base(void) {
  pthread_attr_t attributes;
  void *low = 0;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
  pthread_attr_getstack(&attributes, &low, &size);
  pthread_attr_destroy(&attributes);
  return (char *)low + size;
}

void adder_keep_alive(uint64_t value) { __asm__ volatile("" : : "r"(value) : "memory"); }

// GMP's allocation functions must not return on failure (GMP has no error path). Where an
// impossible result is possible, the runtime first bounds its size (shifts, powers, products
// past GMP's own limit), then runs the call under a guard: a failed malloc longjmps to the guard,
// which reports the failure so the runtime raises MemoryError. No Swift frame lies between the
// setjmp and the longjmp: both are in this file, around and inside GMP's C code.
static __thread jmp_buf *gmp_guard;

static void gmp_allocation_failed(void) {
  if (gmp_guard) longjmp(*gmp_guard, 1);
  static const char message[] = "MemoryError\n";
  fflush(stdout);
  (void)!write(2, message, sizeof message - 1);
  _exit(1);
}

enum { block_granule = 16, block_largest = 512, block_slab = 64 * 1024 };

// One free list per size class (16, 32, ... 512 bytes); a freed block's first word links it.
static __thread void *block_free_lists[block_largest / block_granule];
static __thread char *block_bump, *block_bump_end;

static inline size_t block_class(size_t size) { return (size - 1) / block_granule; }

void *adder_block_allocate(size_t size) {
  if (size == 0 || size > block_largest) return malloc(size ? size : 1);
  size_t class = block_class(size);
  void *block = block_free_lists[class];
  if (block) {
    block_free_lists[class] = *(void **)block;
    return block;
  }
  size_t rounded = (class + 1) * block_granule;
  if ((size_t)(block_bump_end - block_bump) < rounded) {
    char *slab = malloc(block_slab);
    if (!slab) return NULL;
    block_bump = slab;
    block_bump_end = slab + block_slab;
  }
  block = block_bump;
  block_bump += rounded;
  return block;
}

void adder_block_free(void *block, size_t size) {
  if (!block) return;
  if (size == 0 || size > block_largest) {
    free(block);
    return;
  }
  size_t class = block_class(size);
  *(void **)block = block_free_lists[class];
  block_free_lists[class] = block;
}

void *adder_block_reallocate(void *old, size_t old_size, size_t new_size) {
  if (!old) return adder_block_allocate(new_size);
  int old_small = old_size != 0 && old_size <= block_largest;
  int new_small = new_size != 0 && new_size <= block_largest;
  if (!old_small && !new_small) return realloc(old, new_size);
  if (old_small && new_small && block_class(old_size) == block_class(new_size)) return old;
  void *block = adder_block_allocate(new_size);
  if (!block) return NULL;
  memcpy(block, old, old_size < new_size ? old_size : new_size);
  adder_block_free(old, old_size);
  return block;
}

static void *gmp_allocate(size_t size) {
  void *memory = adder_block_allocate(size);
  if (!memory) gmp_allocation_failed();
  return memory;
}

static int gmp_inline_limbs(void *memory) {
  return ((const uint64_t *)memory)[-1] == adder_inline_limbs_marker;
}

static void *gmp_reallocate(void *old, size_t old_size, size_t new_size) {
  void *memory;
  if (gmp_inline_limbs(old)) {
    memory = adder_block_allocate(new_size);
    if (memory) memcpy(memory, old, old_size < new_size ? old_size : new_size);
  } else {
    memory = adder_block_reallocate(old, old_size, new_size);
  }
  if (!memory) gmp_allocation_failed();
  return memory;
}

static void gmp_free(void *memory, size_t size) {
  if (!gmp_inline_limbs(memory)) adder_block_free(memory, size);
}

mp_limb_t adder_limbs_add(mp_limb_t *r, const mp_limb_t *u, long un, const mp_limb_t *v, long vn) {
  // A few limbs (fib(500) has 6): a carry loop here costs less than mpn_add's length dispatch
  // and its call into mpn_add_n.
  if (un > 16) return mpn_add(r, u, un, v, vn);
  unsigned __int128 sum = 0;
  long i = 0;
  for (; i < vn; i++) {
    sum = (unsigned __int128)u[i] + v[i] + (mp_limb_t)(sum >> 64);
    r[i] = (mp_limb_t)sum;
  }
  for (; i < un; i++) {
    sum = (unsigned __int128)u[i] + (mp_limb_t)(sum >> 64);
    r[i] = (mp_limb_t)sum;
  }
  return (mp_limb_t)(sum >> 64);
}

void adder_gmp_install_allocator(void) {
  mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free);
}

int adder_mpz_guarded(void (*operation)(mpz_ptr, mpz_srcptr, mpz_srcptr), mpz_ptr result,
                      mpz_srcptr a, mpz_srcptr b) {
  jmp_buf guard;
  jmp_buf *volatile outer = gmp_guard;
  if (setjmp(guard)) {
    gmp_guard = outer;
    return 1;
  }
  gmp_guard = &guard;
  operation(result, a, b);
  gmp_guard = outer;
  return 0;
}

int adder_mpz_guarded_ui(void (*operation)(mpz_ptr, mpz_srcptr, unsigned long), mpz_ptr result,
                         mpz_srcptr a, unsigned long b) {
  jmp_buf guard;
  jmp_buf *volatile outer = gmp_guard;
  if (setjmp(guard)) {
    gmp_guard = outer;
    return 1;
  }
  gmp_guard = &guard;
  operation(result, a, b);
  gmp_guard = outer;
  return 0;
}

int adder_can_allocate(size_t size) {
  void *volatile memory = malloc(size);
  if (!memory) return 0;
  free(memory);
  return 1;
}

static long *volatile interrupt_limit;
static volatile long saved_limit;
static volatile sig_atomic_t interrupt_pending;

static void interrupt_handler(int signal_number) {
  (void)signal_number;
  if (interrupt_pending) {
    static const char message[] = "\nKeyboardInterrupt\n";
    (void)!write(2, message, sizeof message - 1);
    adder_exit_by_interrupt();
  }
  saved_limit = *interrupt_limit;
  interrupt_pending = 1;
  *interrupt_limit = 0;
}

void adder_install_signal_handlers(long *recursion_limit) {
  interrupt_limit = recursion_limit;
  struct sigaction action;
  // An ignored SIGINT stays ignored (a background job of a script), as CPython leaves it.
  if (sigaction(SIGINT, 0, &action) == 0 && action.sa_handler == SIG_IGN) {
    signal(SIGPIPE, SIG_IGN);
    return;
  }
  memset(&action, 0, sizeof action);
  action.sa_handler = interrupt_handler;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a blocking read (input(), the REPL) returns EINTR and raises at once.
  sigaction(SIGINT, &action, 0);
  signal(SIGPIPE, SIG_IGN);
  // A parent that spawned us from a thread blocking signals (Foundation's Process, on a
  // Dispatch thread) passes its mask on; Ctrl-C must reach the thread running Python code.
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &interrupt, 0);
}

void adder_block_interrupts_in_this_thread(void) {
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  pthread_sigmask(SIG_BLOCK, &interrupt, 0);
}

int adder_take_interrupt(void) {
  if (!interrupt_pending) return 0;
  *interrupt_limit = saved_limit;
  interrupt_pending = 0;
  return 1;
}

void adder_exit_by_interrupt(void) {
  signal(SIGINT, SIG_DFL);
  // The waiting thread blocks SIGINT (adder_block_interrupts_in_this_thread): unblock it here.
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &interrupt, 0);
  raise(SIGINT);
  _exit(130);
}
