import type { Endpoint } from '../../types';
import addWorkflowCollaborator from './add-workflow-collaborator';
import listWorkflowVersions from './list-workflow-versions';
import listWorkflows from './list-workflows';
import removeWorkflowCollaborator from './remove-workflow-collaborator';
import resumeWorkflow from './resume-workflow';
import retrieveWorkflow from './retrieve-workflow';
import retrieveWorkflowNodeOutput from './retrieve-workflow-node-output';
import retrieveWorkflowRunHistory from './retrieve-workflow-run-history';
import runChatflow from './run-chatflow';
import runWorkflow from './run-workflow';
import streamResumeWorkflow from './stream-resume-workflow';
import streamRunWorkflow from './stream-run-workflow';
import switchWorkflowCollaborationMode from './switch-workflow-collaboration-mode';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  addWorkflowCollaborator,
  listWorkflowVersions,
  listWorkflows,
  removeWorkflowCollaborator,
  resumeWorkflow,
  retrieveWorkflow,
  retrieveWorkflowNodeOutput,
  retrieveWorkflowRunHistory,
  runChatflow,
  runWorkflow,
  streamResumeWorkflow,
  streamRunWorkflow,
  switchWorkflowCollaborationMode,
] as const satisfies readonly Endpoint[];

export default endpoints;
