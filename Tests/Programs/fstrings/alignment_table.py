rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 150, 2.0), ('kiwi', 7, 1.125)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}|{'total':>9}")
print('-' * 35)
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<10}|{qty:>5d}|{price:>8.3f}|{total:>9,.2f}')
print(f"{'TOTAL':<10}|{'':>5}|{'':>8}|{grand:>9,.2f}")
print(f'{grand:=^35.1f}')
