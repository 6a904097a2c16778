print('never runs')
result = max(1, 2
print(result)
