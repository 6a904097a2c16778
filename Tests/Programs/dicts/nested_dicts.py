inv = {'fruit': {'apple': 3, 'pear': 0}, 'veg': {'kale': 2}}
inv['fruit']['apple'] += 1
inv['veg']['leek'] = 7
inv['grain'] = {}
print(inv)
for cat, items in inv.items():
    print(cat, len(items), sum(items.values()))
print({k: list(v) for k, v in inv.items()})
