transactions = [
    ('alice', 'deposit', 100.0),
    ('bob', 'deposit', 50.5),
    ('alice', 'withdraw', 30.25),
    ('carol', 'deposit', 0.1),
    ('bob', 'withdraw', 70.0),
    ('carol', 'deposit', 0.2),
    ('alice', 'deposit', 1e3),
]
balances = {}
rejected = []
for who, kind, amount in transactions:
    bal = balances.get(who, 0.0)
    if kind == 'deposit':
        balances[who] = bal + amount
    elif amount <= bal:
        balances[who] = bal - amount
    else:
        rejected.append((who, amount))
print(balances)
print(rejected)
for who in sorted(balances):
    print(f'{who:>6}: {balances[who]:>10.2f}')
print('total %.2f' % sum(balances.values()))
