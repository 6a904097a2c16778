# A class attribute used as a counter shared by all instances (ClassName.attr += 1),
# and a per-class counter in a subclass that shadows it.
class Ticket:
    issued = 0

    def __init__(self, owner):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner

    def __repr__(self):
        return "#%d %s" % (self.number, self.owner)


class VipTicket(Ticket):
    vip_issued = 0

    def __init__(self, owner):
        super().__init__(owner)
        VipTicket.vip_issued += 1


ts = [Ticket("a"), Ticket("b"), VipTicket("c"), Ticket("d"), VipTicket("e")]
print(ts)
print(Ticket.issued, VipTicket.issued, VipTicket.vip_issued)
print(ts[2].issued, ts[0].issued)
print(hasattr(Ticket, "vip_issued"))
