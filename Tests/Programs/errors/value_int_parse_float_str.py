print(int('4.5'))
