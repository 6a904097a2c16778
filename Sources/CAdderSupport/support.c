#include "CAdderSupport.h"
#include <stdio.h>

int adder_format_double(char *buffer, size_t size, char conversion, int precision, double value) {
  char format[8] = {'%', '.', '*', conversion, 0};
  return snprintf(buffer, size, format, precision, value);
}
