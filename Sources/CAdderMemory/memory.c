int adder_memory_placeholder(void) { return 0; }
