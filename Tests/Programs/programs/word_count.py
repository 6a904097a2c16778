text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! A quick brown dog? No -- the quick fox."""
counts = {}
for raw in text.split():
    word = raw.strip('.,;!?-').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f'{word:<8}{n:>3}')
print(len(counts), sum(counts.values()))
longest = max(counts, key=len)
print(longest, len(longest))
