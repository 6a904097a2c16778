line = '   Name: Alice ; Age: 30 ; City: Paris   '
parts = [p.strip() for p in line.strip().split(';')]
print(parts)
record = {}
for p in parts:
    k, v = p.split(':')
    record[k.strip().lower()] = v.strip()
print(record)
print('-'.join(w.capitalize() for w in 'hello big world'.split()))
print('a-b-c'.replace('-', ' ').upper().split())
