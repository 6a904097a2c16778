print('before')
f = open('io/no-such-file.txt')
