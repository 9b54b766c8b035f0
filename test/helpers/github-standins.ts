/**
 * Local stand-ins for GitHub's services, speaking their real protocols: the REST API (comments,
 * issues, pagination, failure injection) and the artifact service (Twirp + Azure block blobs).
 * Mocks are allowed for GitHub only; these are the project's.
 */
export { startApiStandin } from './github-api-standin.ts'
export type { ApiStandin, StoredComment, StoredIssue, Injection } from './github-api-standin.ts'
export { startArtifactStandin, fakeRuntimeToken } from './artifact-standin.ts'
export type { ArtifactStandin, StoredArtifact, ArtifactInjection } from './artifact-standin.ts'
