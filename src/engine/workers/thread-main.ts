// The worker thread's entry when running from source (an ncc bundle starts itself instead; see thread.ts).
import { runWorker } from './thread.ts'

void runWorker()
