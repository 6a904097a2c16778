#ifndef CADDER_SUPPORT_H
#define CADDER_SUPPORT_H

// GMP's function-like macros, which Swift cannot import, and the few libc calls the runtime
// needs in a non-variadic form.
#include <gmp.h>
#include <stddef.h>
#include <stdint.h>

static inline int adder_mpz_sgn(const mpz_t z) { return mpz_sgn(z); }
static inline int adder_mpz_cmp_si(const mpz_t z, long v) { return mpz_cmp_si(z, v); }
static inline int adder_mpz_odd_p(const mpz_t z) { return mpz_odd_p(z); }

/// Formats a double with a printf conversion (`f`, `e`, `g`, or their upper-case forms) and a
/// precision; returns the length written (snprintf is variadic and so not callable from Swift).
int adder_format_double(char *buffer, size_t size, char conversion, int precision, double value);


/// Calls `visit(context, low)` with every callee-saved register spilled to the stack below the
/// caller's frames, so a conservative scan from `low` to the stack base sees every live value.
void adder_with_registers_spilled(void (*visit)(void *context, void *low), void *context);

/// Does nothing, opaquely: a value passed here is live (in a register or the stack, where the
/// collector's conservative scan sees it) until the call.
void adder_keep_alive(uint64_t value);

/// The highest address of the calling thread's stack (its base; the stack grows down).
void *adder_stack_base(void);

/// Whether malloc can give `size` bytes now (it allocates and frees them; the volatile pointer
/// keeps compilers from folding the pair away, which LLVM does to an unused malloc in Swift).
int adder_can_allocate(size_t size);

/// Installs the SIGINT handler (Ctrl-C): the first signal makes an interrupt pending and sets
/// `*recursion_limit` to 0, so the next Python call in either tier (the interpreter's frame push,
/// the JIT's inline push) takes its slow path, which raises KeyboardInterrupt; a second signal
/// before that ends the process as an uncaught KeyboardInterrupt would (a loop with no calls).
/// SIGPIPE is ignored: a write to a closed pipe fails with EPIPE (BrokenPipeError) instead.
void adder_install_signal_handlers(long *recursion_limit);

/// Blocks SIGINT in the calling thread: the thread that starts the program thread and waits for
/// it, so Ctrl-C is delivered where Python code runs (and a blocking read there sees EINTR).
void adder_block_interrupts_in_this_thread(void);

/// Whether an interrupt is pending; clears it and restores the recursion limit.
int adder_take_interrupt(void);

/// Ends the process the way CPython does after an uncaught KeyboardInterrupt: killed by SIGINT
/// (a shell shows status 130).
void adder_exit_by_interrupt(void);

/// Small blocks for the buffers objects own outside the collected heap (list items, dict and set
/// tables, GMP limbs): sizes up to 512 bytes come from per-thread free lists of 16-byte size
/// classes carved from 64 KB slabs, which are never returned; larger ones from malloc. The
/// collector frees a dead object's buffers in bulk, which overflows malloc's small per-thread
/// cache and sends every later malloc down its slow path (a third of poly_add's time). Callers
/// pass the size back on free, as GMP does. NULL when memory is exhausted.
void *adder_block_allocate(size_t size);
/// Moves a block to `new_size` bytes, keeping the first min(old, new) bytes; NULL (the old block
/// untouched) when memory is exhausted.
void *adder_block_reallocate(void *old, size_t old_size, size_t new_size);
/// Frees a block of `size` bytes (its size when allocated); NULL is ignored.
void adder_block_free(void *block, size_t size);

/// The word before a big int's inline limbs (`BigIntObject.make(limbs:)`): GMP's reallocate and
/// free functions leave such limbs in place (they belong to the collected cell).
static const uint64_t adder_inline_limbs_marker = 0x41646465724c696dULL;

/// mpn_add for Swift (gmp.h defines it inline): r[0..un) = u + v for un >= vn >= 1; returns the
/// carry out of the top limb.
mp_limb_t adder_limbs_add(mp_limb_t *r, const mp_limb_t *u, long un, const mp_limb_t *v, long vn);

/// Installs GMP allocation functions that never return NULL: when malloc fails inside a guarded
/// call (below) they longjmp back to its guard; outside one they print "MemoryError" and exit 1.
void adder_gmp_install_allocator(void);

/// Runs `operation(result, a, b)` under an allocation guard: returns 0 when it completed, 1 when
/// an allocation failed (the operation was abandoned: `result` is still a valid mpz, its value
/// unspecified, and GMP's temporaries are leaked). Used for results too large to be sure of.
int adder_mpz_guarded(void (*operation)(mpz_ptr, mpz_srcptr, mpz_srcptr), mpz_ptr result,
                      mpz_srcptr a, mpz_srcptr b);

/// As `adder_mpz_guarded`, for operations whose second operand is an unsigned long (shifts,
/// powers).
int adder_mpz_guarded_ui(void (*operation)(mpz_ptr, mpz_srcptr, unsigned long), mpz_ptr result,
                         mpz_srcptr a, unsigned long b);

#endif
