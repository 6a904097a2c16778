/// Shapes (hidden classes): the attribute layouts of instances. A shape is the ordered list of
/// attribute names an instance holds; adding a name moves the instance to the child shape for
/// that name, created once and shared, so instances whose `__init__` sets the same attributes in
/// the same order end with the same shape. Each class has its own root, so a shape id also names
/// the class. Shapes are never freed and ids never reused: machine code compares an instance's
/// shape id (the header's 32-bit field) with an immediate, and the slot index that follows is
/// then known at compile time.
public enum Shapes {
  struct Shape {
    let classID: Int
    let root: Int
    /// Attribute names (interned strs, compared by identity) in slot order.
    let names: [Value]
    /// Name (raw word of the interned str) → slot index.
    let indices: [UInt64: Int]
    /// Name → the child shape that adds it.
    var transitions: [UInt64: Int] = [:]
  }

  nonisolated(unsafe) static var table: [Shape] = [Shape(classID: 0, root: 0, names: [], indices: [:])]
  /// Per class id, the most slots any of its shapes has: new instances get that many slots at
  /// once, so the stores of `__init__` never grow the buffer after the first few instances.
  nonisolated(unsafe) static var expectedSlots: [Int] = []

  static func expectedSlots(of classID: Int) -> Int {
    classID < expectedSlots.count ? expectedSlots[classID] : 0
  }

  /// The slot of attribute `name` (an interned str) in `shape`, if the shape has it.
  public static func slotIndex(_ name: Value, in shape: Int) -> Int? { index(of: name, in: shape) }

  /// The shape after adding `name`, and the slot the name gets there.
  public static func adding(_ name: Value, to shape: Int) -> (shape: Int, slot: Int) {
    let next = transition(from: shape, adding: name)
    return (next, count(of: next) - 1)
  }

  /// A new empty shape, the root of class `classID`'s shapes.
  static func makeRoot(classID: Int) -> Int {
    table.append(Shape(classID: classID, root: table.count, names: [], indices: [:]))
    return table.count - 1
  }

  @inline(__always) static func index(of name: Value, in shape: Int) -> Int? {
    table[shape].indices[name.raw]
  }

  static func count(of shape: Int) -> Int { table[shape].names.count }
  static func names(of shape: Int) -> [Value] { table[shape].names }
  static func root(of shape: Int) -> Int { table[shape].root }
  public static func classID(of shape: Int) -> Int { table[shape].classID }

  /// The shape after adding `name` (an interned str) to `shape`.
  static func transition(from shape: Int, adding name: Value) -> Int {
    if let next = table[shape].transitions[name.raw] { return next }
    let parent = table[shape]
    var indices = parent.indices
    indices[name.raw] = parent.names.count
    table.append(
      Shape(classID: parent.classID, root: parent.root, names: parent.names + [name], indices: indices))
    let next = table.count - 1
    table[shape].transitions[name.raw] = next
    while expectedSlots.count <= parent.classID { expectedSlots.append(0) }
    expectedSlots[parent.classID] = max(expectedSlots[parent.classID], parent.names.count + 1)
    return next
  }
}
