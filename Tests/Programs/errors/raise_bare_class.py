print('raising')
raise RuntimeError
