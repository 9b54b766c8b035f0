#!/usr/bin/env node
// The CLI's package entry: the committed bundle, so `npx load-action` needs no build step.
import '../dist/cli/index.js'
