/** Chinese for the `folder` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const FOLDER: readonly (readonly [string, string])[] = [
  [
    "Lists the folders of a workspace one level at a time: the top-level folders, or the sub-folders of `parent_folder_id`. Use it to browse how a workspace's projects are organized.",
    '逐层列出工作空间中的文件夹：顶层文件夹，或 `parent_folder_id` 下的子文件夹。可用来浏览工作空间中项目的组织方式。',
  ],
  [
    '`folder_type` is required and `development` is its only value.',
    '`folder_type` 必填，且唯一取值为 `development`。',
  ],
  [
    'Only one level comes back; `children_count` tells which folders have sub-folders to list next.',
    '每次只返回一层；通过 `children_count` 可判断哪些文件夹还有子文件夹需要继续列出。',
  ],
  ['Workspace whose folders to list.', '要列出文件夹的工作空间。'],
  ['Always `development`, the only folder type.', '固定为 `development`，这是唯一的文件夹类型。'],
  [
    'Folder whose sub-folders to list; leave it out, or send `0`, for the top level.',
    '要列出其子文件夹的文件夹；不传或传 `0` 表示顶层。',
  ],
  ['Folder page.', '文件夹分页结果。'],
  ['Direct sub-folders of the requested parent (one level).', '所请求父文件夹下的直接子文件夹（仅一层）。'],
  ['Folder ID.', '文件夹 ID。'],
  ['Folder name.', '文件夹名称。'],
  ['Folder description.', '文件夹描述。'],
  ['Folder type; only `development` exists today.', '文件夹类型；目前只有 `development`。'],
  ['Workspace that contains the folder.', '文件夹所属的工作空间。'],
  ['Number of direct sub-folders (one level only).', '直接子文件夹的数量（仅一层）。'],
  ['Coze UID of the user who created the folder.', '创建该文件夹的用户的扣子 UID。'],
  ['Parent folder ID; absent for a top-level folder.', '父文件夹 ID；顶层文件夹没有此字段。'],
  ['Number of first-level folders under the parent.', '父文件夹下一级文件夹的数量。'],
  [
    'Returns one folder: its name, description, workspace, creator and parent folder. Use it to resolve the folder_id that list-bots and list-apps report for each project.',
    '返回单个文件夹的名称、描述、所属工作空间、创建者和父文件夹。可用于解析 list-bots 和 list-apps 为每个项目返回的 folder_id。',
  ],
  [
    "The id is the `folder_id` in the URL of the workspace's project-management page.",
    '该 ID 即工作空间项目管理页面 URL 中的 `folder_id`。',
  ],
  [
    'Folder to read (the `folder_id` in the project-management URL).',
    '要查询的文件夹（项目管理页面 URL 中的 `folder_id`）。',
  ],
  ['Folder details.', '文件夹详情。'],
];
