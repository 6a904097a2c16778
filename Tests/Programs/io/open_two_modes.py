print('before')
f = open('io/data.txt', 'rw')
