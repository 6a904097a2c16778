print('never runs')
print(1 2)
