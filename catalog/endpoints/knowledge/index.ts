import type { Endpoint } from '../../types';
import datasetsCreate from './datasets-create';
import datasetsDelete from './datasets-delete';
import datasetsImagesList from './datasets-images-list';
import datasetsImagesUpdate from './datasets-images-update';
import datasetsList from './datasets-list';
import datasetsProcess from './datasets-process';
import datasetsUpdate from './datasets-update';
import knowledgeDocumentsCreate from './knowledge-documents-create';
import knowledgeDocumentsDelete from './knowledge-documents-delete';
import knowledgeDocumentsList from './knowledge-documents-list';
import knowledgeDocumentsUpdate from './knowledge-documents-update';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  datasetsCreate,
  datasetsDelete,
  datasetsImagesList,
  datasetsImagesUpdate,
  datasetsList,
  datasetsProcess,
  datasetsUpdate,
  knowledgeDocumentsCreate,
  knowledgeDocumentsDelete,
  knowledgeDocumentsList,
  knowledgeDocumentsUpdate,
] as const satisfies readonly Endpoint[];

export default endpoints;
