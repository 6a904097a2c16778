scores = [72, 85, 91, 64, 78, 88, 95, 59, 70, 82, 77, 93, 68, 100, 45]
buckets = {}
for s in scores:
    b = min(s // 10 * 10, 90)
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f'{b:>3}-{b + 9 if b < 90 else 100:<3} | {"#" * buckets[b]} ({buckets[b]})')
mean = sum(scores) / len(scores)
var = sum((s - mean) ** 2 for s in scores) / len(scores)
print(f'mean={mean:.3f} var={var:.3f} min={min(scores)} max={max(scores)}')
ordered = sorted(scores)
n = len(ordered)
print('median', ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2)
