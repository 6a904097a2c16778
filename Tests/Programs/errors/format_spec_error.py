print(f'{"abc":d}')
