// The action's entry point: everything lives in run(), which never throws.
import { run } from './action.ts'
void run()
