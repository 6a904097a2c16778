# A deck of cards: Card with __repr__/__eq__/__lt__, a Deck with a deterministic
# shuffle (an LCG instead of random), dealing hands and scoring them.
class Card:
    ranks = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]
    suits = ["C", "D", "H", "S"]

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def value(self):
        return Card.ranks.index(self.rank) + 2

    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit

    def __lt__(self, other):
        if self.value() != other.value():
            return self.value() < other.value()
        return Card.suits.index(self.suit) < Card.suits.index(other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return self.rank + self.suit


class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in Card.suits for r in Card.ranks]
        self.seed = 42

    def rand(self, n):
        self.seed = (self.seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.seed >> 33) % n

    def shuffle(self):
        i = len(self.cards) - 1
        while i > 0:
            j = self.rand(i + 1)
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]
            i -= 1

    def deal(self, n):
        hand = self.cards[:n]
        self.cards = self.cards[n:]
        return Hand(hand)

    def __len__(self):
        return len(self.cards)


class Hand:
    def __init__(self, cards):
        self.cards = sorted(cards)

    def score(self):
        return sum([c.value() for c in self.cards])

    def pairs(self):
        counts = {}
        for c in self.cards:
            counts[c.rank] = counts.get(c.rank, 0) + 1
        return sorted([r for r in counts if counts[r] >= 2])

    def __repr__(self):
        return "Hand(" + " ".join([repr(c) for c in self.cards]) + ")"


deck = Deck()
print(len(deck), deck.cards[:5], deck.cards[-1])
deck.shuffle()
print(deck.cards[:8])
hands = [deck.deal(5) for _ in range(4)]
for i, h in enumerate(hands):
    print(i, h, h.score(), h.pairs())
print(len(deck))
best = max(hands, key=lambda h: h.score())
print("best", best)
print(Card("A", "S") == Card("A", "S"), Card("2", "C") < Card("2", "D"), Card("K", "H") > Card("Q", "S"))
print(Card("10", "H") in deck.cards or Card("10", "H") in [c for h in hands for c in h.cards])
print(max(deck.cards), min(deck.cards))
