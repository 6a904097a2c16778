#ifndef CADDER_MEMORY_H
#define CADDER_MEMORY_H
// Placeholder: the assembler's executable-memory shims (memfd_create) go here.
int adder_memory_placeholder(void);
#endif
