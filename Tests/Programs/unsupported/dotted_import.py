print('this must not be printed')
import os.path
print(os.path.sep)
