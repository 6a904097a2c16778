lines = ['  alpha  ', '\tbeta\n', 'gamma', '', '   ']
cleaned = [l.strip() for l in lines]
print(cleaned, [c for c in cleaned if c])
csv = 'name,age,city\nAnn,30,Oslo\nBo,25,Rome\n'
rows = [r.split(',') for r in csv.strip().split('\n')]
header, body = rows[0], rows[1:]
for r in body:
    print(dict(zip(header, r)))
print(csv.count('\n'), csv.count(','), csv.upper().count('O'))
