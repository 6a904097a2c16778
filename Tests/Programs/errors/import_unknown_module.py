print("start")
import no_such_module_anywhere
