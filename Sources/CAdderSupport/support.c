#define _GNU_SOURCE
#include "CAdderSupport.h"
#include <pthread.h>
#include <stdio.h>

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
