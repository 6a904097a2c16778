print('before')
f = open('io')
