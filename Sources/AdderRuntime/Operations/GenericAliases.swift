/// `list[int]`, `dict[str, int]` (types.GenericAlias) and `int | None` (types.UnionType): what
/// type hints evaluate to, which module-level annotations are (`names: list[str] = []`). Both are
/// descriptor objects: `.genericAlias` holds the origin and the arguments' tuple, `.unionType` the
/// members' tuple. They print and take part in `isinstance` (a union) as in CPython; nothing
/// else about them is modelled.
enum GenericAliases {
  /// The built-in types whose `[...]` makes an alias (CPython's `__class_getitem__`).
  static let origins: Set<TypeID> = [.list, .dict, .set, .frozenset, .tuple, .type]

  /// `type[key]` for a built-in type that takes it; nil for any other type.
  static func alias(_ type: Value, _ key: Value) -> Value? {
    guard type.isObject(.type), !ClassObject.isClass(type), origins.contains(TypeObject(type).id) else {
      return nil
    }
    return DescriptorObject.make(.genericAlias, [type, key.isTuple ? key : tuple([key])])
  }

  static func isAlias(_ v: Value) -> Bool { DescriptorObject.isKind(v, .genericAlias) }
  static func isUnion(_ v: Value) -> Bool { DescriptorObject.isKind(v, .unionType) }

  /// `a | b` where both are types, None, aliases or unions: the union of their members in order,
  /// without repeats (a single member is itself); nil when an operand is anything else.
  static func union(_ a: Value, _ b: Value) -> Value? {
    func isMember(_ v: Value) -> Bool { v.isNone || v.isObject(.type) || isAlias(v) || isUnion(v) }
    // `None | None` is not a union: at least one side must be a type (CPython's type.__or__).
    guard isMember(a), isMember(b), !(a.isNone && b.isNone) else { return nil }
    var members: [Value] = []
    for operand in [a, b] {
      let parts: [Value] =
        isUnion(operand)
        ? (0..<TupleObject(DescriptorObject(operand)[0]).count).map {
          TupleObject(DescriptorObject(operand)[0])[$0]
        }
        : [operand.isNone ? Runtime.types[TypeID.noneType.rawValue] : operand]
      for part in parts where !members.contains(part) { members.append(part) }
    }
    return members.count == 1 ? members[0] : DescriptorObject.make(.unionType, [tuple(members)])
  }

  /// A union's members, for `isinstance(v, A | B)`.
  static func unionMembers(_ union: Value) -> TupleObject { TupleObject(DescriptorObject(union)[0]) }

  static func repr(_ v: Value) throws(PythonError) -> String {
    let descriptor = DescriptorObject(v)
    if descriptor.kind == .genericAlias {
      let arguments = TupleObject(descriptor[1])
      let inside =
        arguments.count == 0
        ? "()"
        : try (0..<arguments.count).map { i throws(PythonError) in try memberRepr(arguments[i]) }.joined(
          separator: ", ")
      return try memberRepr(descriptor[0]) + "[" + inside + "]"
    }
    let members = TupleObject(descriptor[0])
    return try (0..<members.count).map { i throws(PythonError) in
      let member = members[i]
      return member == Runtime.types[TypeID.noneType.rawValue] ? "None" : try memberRepr(member)
    }.joined(separator: " | ")
  }

  /// A type as type hints print it: built-in types by name, classes with their module; `...`
  /// as itself; anything else by its repr.
  private static func memberRepr(_ v: Value) throws(PythonError) -> String {
    if v == .ellipsis { return "..." }
    guard v.isObject(.type) else { return try reprString(v) }
    if ClassObject.isClass(v) { return "__main__." + ClassObject(v).qualifiedName.string }
    return TypeObject(v).id.name
  }

  private static func tuple(_ items: [Value]) -> Value {
    let result = TupleObject.make(count: items.count)
    for (i, item) in items.enumerated() { result[i] = item }
    return result.ref.value
  }
}
