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

#endif
