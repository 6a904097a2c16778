print('clean exit')
exit()
print('not reached')
