rows = [[1, 0]]
x = [[a // b for b in row]
     for row in rows for a in row]
