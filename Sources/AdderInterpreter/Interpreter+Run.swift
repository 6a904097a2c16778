import AdderCompiler
import AdderRuntime

extension Interpreter {
  /// Runs frames from the top one until a frame marked `returnsToNative` returns; gives its result.
  /// Python-to-Python calls and returns stay inside this loop (no native recursion), so deep
  /// Python recursion is bounded only by the recursion limit.
  static func run() throws(PythonError) -> Value {
    let entryDepth = Frames.count
    // An exception a handler of one of these frames catches resumes the loop at the handler.
    while true {
      if let result = try run(entryDepth: entryDepth) { return result }
    }
  }

  /// The operand stack depth the loop resumes its top frame with (a handler's, exception included).
  nonisolated(unsafe) static var resumeDepth = 0

  /// The loop: its result, or nil when a handler caught an exception (the handler's frame is on
  /// top, its pc at the handler and the exception on its operand stack, `resumeDepth` deep).
  static func run(entryDepth: Int) throws(PythonError) -> Value? {
    // The running frame's state lives in these locals (registers, ideally); the Frame record
    // is only written when a call leaves the frame and read back when it resumes.
    var (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
    sp += resumeDepth
    resumeDepth = 0

    do throws(PythonError) {
      while true {
        let instruction = pc.pointee
        pc += 1
        let argument = instruction.argument
        switch unsafeBitCast(UInt8(truncatingIfNeeded: instruction.raw), to: Opcode.self) {
        case .nop:
          break
        case .pop:
          sp -= 1
        case .dup:
          sp[0] = sp[-1]
          sp += 1
        case .dupTwo:
          sp[0] = sp[-2]
          sp[1] = sp[-1]
          sp += 2
        case .rotTwo:
          let top = sp[-1]
          sp[-1] = sp[-2]
          sp[-2] = top
        case .rotThree:
          let top = sp[-1]
          sp[-1] = sp[-2]
          sp[-2] = sp[-3]
          sp[-3] = top
        case .rotFour:
          let top = sp[-1]
          sp[-1] = sp[-2]
          sp[-2] = sp[-3]
          sp[-3] = sp[-4]
          sp[-4] = top

        case .loadConst:
          sp[0] = constants[argument]
          sp += 1
        case .loadFast:
          let value = locals[argument]
          if value.isEmpty { throw OpcodeSemantics.unboundLocal(info, argument) }
          sp[0] = value
          sp += 1
        case .storeFast:
          sp -= 1
          locals[argument] = sp[0]
        case .deleteFast:
          if locals[argument].isEmpty { throw OpcodeSemantics.unboundLocal(info, argument) }
          locals[argument] = .empty
        case .loadGlobal:
          sp[0] = try loadGlobal(globals, names[argument])
          sp += 1
        case .storeGlobal:
          sp -= 1
          try OpcodeSemantics.storeGlobal(globals, names[argument], sp[0])
        case .deleteGlobal:
          try OpcodeSemantics.deleteGlobal(globals, names[argument])
        case .loadDeref:
          let contents = CellObject(locals[info.pointee.localCount + argument]).contents
          if contents.isEmpty { throw OpcodeSemantics.unboundDeref(info, argument) }
          sp[0] = contents
          sp += 1
        case .storeDeref:
          sp -= 1
          CellObject(locals[info.pointee.localCount + argument]).contents = sp[0]
        case .loadClosure:
          sp[0] = locals[info.pointee.localCount + argument]
          sp += 1

        // Constant opcodes: each case inlines to its own runtime call (no second dispatch).
        case .add:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.add, sp[-1], sp[0])
        case .subtract:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.subtract, sp[-1], sp[0])
        case .multiply:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.multiply, sp[-1], sp[0])
        case .trueDivide:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.trueDivide, sp[-1], sp[0])
        case .floorDivide:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.floorDivide, sp[-1], sp[0])
        case .modulo:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.modulo, sp[-1], sp[0])
        case .power:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.power, sp[-1], sp[0])
        case .leftShift:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.leftShift, sp[-1], sp[0])
        case .rightShift:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.rightShift, sp[-1], sp[0])
        case .bitAnd:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.bitAnd, sp[-1], sp[0])
        case .bitOr:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.bitOr, sp[-1], sp[0])
        case .bitXor:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.bitXor, sp[-1], sp[0])
        case .inplaceAdd:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceAdd, sp[-1], sp[0])
        case .inplaceSubtract:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceSubtract, sp[-1], sp[0])
        case .inplaceMultiply:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceMultiply, sp[-1], sp[0])
        case .inplaceTrueDivide:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceTrueDivide, sp[-1], sp[0])
        case .inplaceFloorDivide:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceFloorDivide, sp[-1], sp[0])
        case .inplaceModulo:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceModulo, sp[-1], sp[0])
        case .inplacePower:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplacePower, sp[-1], sp[0])
        case .inplaceLeftShift:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceLeftShift, sp[-1], sp[0])
        case .inplaceRightShift:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceRightShift, sp[-1], sp[0])
        case .inplaceBitAnd:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceBitAnd, sp[-1], sp[0])
        case .inplaceBitOr:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceBitOr, sp[-1], sp[0])
        case .inplaceBitXor:
          sp -= 1
          sp[-1] = try OpcodeSemantics.binary(.inplaceBitXor, sp[-1], sp[0])

        case .negative:
          sp[-1] = try OpcodeSemantics.unary(.negative, sp[-1])
        case .positive:
          sp[-1] = try OpcodeSemantics.unary(.positive, sp[-1])
        case .invert:
          sp[-1] = try OpcodeSemantics.unary(.invert, sp[-1])
        case .not:
          sp[-1] = try OpcodeSemantics.unary(.not, sp[-1])

        case .compareLess:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.compareLess, sp[-1], sp[0])
        case .compareLessEqual:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.compareLessEqual, sp[-1], sp[0])
        case .compareEqual:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.compareEqual, sp[-1], sp[0])
        case .compareNotEqual:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.compareNotEqual, sp[-1], sp[0])
        case .compareGreater:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.compareGreater, sp[-1], sp[0])
        case .compareGreaterEqual:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.compareGreaterEqual, sp[-1], sp[0])
        case .`is`:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.`is`, sp[-1], sp[0])
        case .isNot:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.isNot, sp[-1], sp[0])
        case .contains:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.contains, sp[-1], sp[0])
        case .notContains:
          sp -= 1
          sp[-1] = try OpcodeSemantics.compare(.notContains, sp[-1], sp[0])

        case .jump:
          pc = instructions + argument
        case .popJumpIfFalse:
          sp -= 1
          if try !isTruthy(sp[0]) { pc = instructions + argument }
        case .popJumpIfTrue:
          sp -= 1
          if try isTruthy(sp[0]) { pc = instructions + argument }
        case .jumpIfFalseOrPop:
          if try !isTruthy(sp[-1]) {
            pc = instructions + argument
          } else {
            sp -= 1
          }
        case .jumpIfTrueOrPop:
          if try isTruthy(sp[-1]) {
            pc = instructions + argument
          } else {
            sp -= 1
          }
        case .getIterator:
          sp[-1] = try getIterator(sp[-1])
        case .forIterator:
          if let next = try iteratorNext(sp[-1]) {
            sp[0] = next
            sp += 1
          } else {
            sp -= 1
            pc = instructions + argument
          }
        case .returnValue:
          let result = sp[-1]
          let finished = Frames.table[Frames.count - 1]
          finished.resultSlot[0] = result
          Frames.count -= 1
          if finished.returnsToNative {
            return result
          }
          (info, globals, instructions, pc, locals, _, constants, names) = loadTopFrame()
          sp = finished.resultSlot + 1

        case .buildList:
          sp -= argument
          sp[0] = OpcodeSemantics.buildList(sp, argument)
          sp += 1
        case .buildTuple:
          sp -= argument
          sp[0] = OpcodeSemantics.buildTuple(sp, argument)
          sp += 1
        case .buildDict:
          sp -= 2 * argument
          sp[0] = try OpcodeSemantics.buildDict(sp, argument)
          sp += 1
        case .buildSlice:
          sp -= argument
          sp[0] = OpcodeSemantics.buildSlice(sp, argument)
          sp += 1
        case .listAppend:
          sp -= 1
          ListObject(sp[-argument]).append(sp[0])
        case .dictInsert:
          sp -= 2
          try DictObject(sp[-argument]).set(sp[0], sp[1])
        case .listExtend:
          sp -= 1
          try listExtend(sp[-argument], sp[0])
        case .dictUpdate:
          sp -= 1
          try dictMerge(sp[-argument], sp[0])
        case .dictMergeForCall:
          sp -= 1
          try dictMergeForCall(sp[-argument], sp[0], callee: sp[-argument - 2])
        case .makeCell:
          locals[info.pointee.localCount + argument] = CellObject.make()
        case .buildClass:
          let items = sp - argument - 2
          Frames.table[Frames.count - 1].pc = pc
          items[0] = try OpcodeSemantics.buildClass(items, argument)
          sp = items + 1
        case .loadLocals:
          sp[0] = OpcodeSemantics.loadLocals(locals, info)
          sp += 1
        case .deleteAttribute:
          sp -= 1
          try deleteAttribute(sp[0], names[argument])
        case .unpackSequence:
          sp -= 1
          try unpack(sp[0], count: argument, into: sp)
          sp += argument
        case .unpackStarred:
          sp -= 1
          let pushed = try unpackStarred(sp[0], before: argument & 0xFF, after: argument >> 8, into: sp)
          sp += pushed
        case .loadSubscript:
          sp -= 1
          sp[-1] = try getItem(sp[-1], sp[0])
        case .storeSubscript:
          sp -= 3
          try setItem(sp[1], sp[2], sp[0])
        case .deleteSubscript:
          sp -= 2
          try deleteItem(sp[0], sp[1])

        case .listToTuple:
          sp[-1] = OpcodeSemantics.listToTuple(sp[-1])
        case .loadAttribute:
          sp[-1] = try loadAttribute(sp[-1], names[argument])
        case .storeAttribute:
          sp -= 2
          try storeAttribute(sp[1], names[argument], sp[0])
        case .loadMethod:
          (sp[-1], sp[0]) = try OpcodeSemantics.loadMethod(sp[-1], names[argument])
          sp += 1
        case .callMethod, .callMethodKeywords:
          let keywordNames = instruction.opcode == .callMethodKeywords ? sp[-1] : .empty
          if !keywordNames.isEmpty { sp -= 1 }
          let arguments = sp - argument
          let receiver = arguments[-1]
          let callee = arguments[-2]
          if receiver.isEmpty {
            if callee.isObject(.function) {
              Frames.table[Frames.count - 1].pc = pc
              try enterFunction(
                FunctionObject(callee), arguments: arguments, count: argument, keywordNames: keywordNames,
                resultSlot: arguments - 2, returnsToNative: false)
              (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
              continue
            }
            arguments[-2] = try Calls.callNative(callee, arguments, argument, keywordNames: keywordNames)
          } else if callee.isObject(.function) {
            // A method found on an instance's class: self is its first argument.
            Frames.table[Frames.count - 1].pc = pc
            try enterFunction(
              FunctionObject(callee), arguments: arguments - 1, count: argument + 1,
              keywordNames: keywordNames, resultSlot: arguments - 2, returnsToNative: false)
            (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
            continue
          } else {
            arguments[-2] = try Builtins.call(
              BuiltinFunctionObject(callee).index, receiver: receiver, arguments, argument,
              keywordNames: keywordNames)
          }
          sp = arguments - 1
        case .call, .callKeywords:
          let keywordNames = instruction.opcode == .callKeywords ? sp[-1] : .empty
          if !keywordNames.isEmpty { sp -= 1 }
          let arguments = sp - argument
          let callee = arguments[-1]
          if callee.isObject(.function) {
            Frames.table[Frames.count - 1].pc = pc
            try enterFunction(
              FunctionObject(callee), arguments: arguments, count: argument, keywordNames: keywordNames,
              resultSlot: arguments - 1, returnsToNative: false)
            (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
            continue
          }
          arguments[-1] = try Calls.callNative(callee, arguments, argument, keywordNames: keywordNames)
          sp = arguments
        case .callUnpacked:
          let kwargs = argument == 1 ? sp[-1] : .empty
          if argument == 1 { sp -= 1 }
          let args = sp[-1]
          let calleeSlot = sp - 2
          let callee = calleeSlot[0]
          let (count, keywordNames) = try Calls.spreadArguments(
            args, kwargs, at: calleeSlot + 1, callee: callee)
          if callee.isObject(.function) {
            Frames.table[Frames.count - 1].pc = pc
            try enterFunction(
              FunctionObject(callee), arguments: calleeSlot + 1, count: count, keywordNames: keywordNames,
              resultSlot: calleeSlot, returnsToNative: false)
            (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
            continue
          }
          calleeSlot[0] = try Calls.callNative(callee, calleeSlot + 1, count, keywordNames: keywordNames)
          sp = calleeSlot + 1
        case .makeFunction:
          let code = Runtime.codes[constants[argument].smallInt]
          sp -= OpcodeSemantics.makeFunctionOperandCount(code)
          sp[0] = OpcodeSemantics.makeFunction(code, globals: globals, operands: sp)
          sp += 1

        case .formatValue:
          var spec = Value.empty
          if argument & 4 != 0 {
            sp -= 1
            spec = sp[0]
          }
          sp[-1] = try OpcodeSemantics.formatValue(sp[-1], conversion: argument & 3, spec: spec)
        case .buildString:
          sp -= argument
          sp[0] = OpcodeSemantics.buildString(sp, argument)
          sp += 1

        case .importName:
          sp[0] = try Modules.importModule(names[argument])
          sp += 1
        case .importFrom:
          sp[0] = try importFrom(sp[-1], names[argument])
          sp += 1
        case .raiseAssertion:
          if argument == 1 { sp -= 1 }
          throw OpcodeSemantics.assertionFailed(argument == 1 ? sp[0] : nil)
        case .raise:
          if argument == 0 { throw OpcodeSemantics.reraise() }
          if argument == 2 {
            sp -= 2
            throw try Exceptions.raiseFrom(sp[0], cause: sp[1])
          }
          sp -= 1
          throw try raiseValue(sp[0])

        // Exceptions and `with`.
        case .pushExceptionInfo:
          sp[0] = sp[-1]
          sp[-1] = Exceptions.pushHandled(sp[0])
          sp += 1
        case .popExcept:
          sp -= 1
          Exceptions.popHandled(sp[0])
        case .checkExceptionMatch:
          sp[-1] = Value(bool: try Exceptions.matches(sp[-2], sp[-1]))
        case .reraise:
          sp -= 1
          Runtime.pendingException = sp[0]
          throw PythonError()
        case .beforeWith:
          sp[0] = .none
          sp += 1
          try Exceptions.beforeWith(sp - 2)
        case .withExceptStart:
          sp[0] = try Exceptions.withExceptStart(sp[-3], sp[-1])
          sp += 1
        // Sets.
        case .buildSet:
          sp -= argument
          sp[0] = try OpcodeSemantics.buildSet(sp, argument)
          sp += 1
        case .setAdd:
          sp -= 1
          try OpcodeSemantics.setAdd(sp[-argument], sp[0])
        case .setUpdate:
          sp -= 1
          try OpcodeSemantics.setUpdate(sp[-argument], sp[0])
        case .buildSetFromConstants:
          sp[-1] = Sets.fromConstants(sp[-1])
        case .frozenSetFromConstants:
          sp[-1] = Sets.frozenSetConstant(sp[-1])
        }
      }
    } catch {
      // Unwind this run's frames, innermost first, recording the traceback, until a handler.
      Frames.table[Frames.count - 1].pc = pc
      while Frames.count >= entryDepth {
        let frame = Frames.table[Frames.count - 1]
        let index = max(frame.pc - frame.info.pointee.instructions - 1, 0)
        Frames.recordTraceback(frame, instructionIndex: index)
        if let handler = Runtime.codes[frame.info.pointee.index].code.handler(at: index) {
          let code = frame.info.pointee
          let stack = frame.locals + code.localCount + code.cellCount + code.freeCount
          stack[handler.depth] = Runtime.pendingException
          Runtime.pendingException = .empty
          Frames.table[Frames.count - 1].pc = code.instructions + handler.handler
          resumeDepth = handler.depth + 1
          return nil
        }
        Frames.count -= 1
        if Frames.count < entryDepth { break }
      }
      throw error
    }
  }

  @inline(__always)
  static func loadTopFrame() -> (
    info: UnsafeMutablePointer<CodeInfo>, globals: Value, instructions: UnsafeMutablePointer<Instruction>,
    pc: UnsafeMutablePointer<Instruction>, locals: UnsafeMutablePointer<Value>,
    sp: UnsafeMutablePointer<Value>,
    constants: UnsafeMutablePointer<Value>, names: UnsafeMutablePointer<Value>
  ) {
    let frame = Frames.table[Frames.count - 1]
    let code = frame.info.pointee
    let sp = frame.locals + code.localCount + code.cellCount + code.freeCount
    return (
      frame.info, frame.globals, code.instructions, frame.pc, frame.locals, sp, code.constants, code.names
    )
  }
}
