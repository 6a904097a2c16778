print(float('1.5x'))
