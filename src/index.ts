// The action's entry point: everything lives in run(), which never throws.
// In the ncc bundle a worker thread (workers > 1) is this same file started again: it runs the worker.
import { run } from './action.ts'
import { isLoadActionWorker, runWorker } from './engine/workers/thread.ts'

if (isLoadActionWorker()) void runWorker()
else void run()
