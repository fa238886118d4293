/** Display names of the types (the page speaks Chinese to its analysts, with the English type beside). */
export const TYPE_LABELS: Record<string, string> = {
  Plan: '规划 Plan',
  Region: '地区 Region',
  University: '高校 University',
  ResearchInstitute: '科研院所 Institute',
  Enterprise: '企业 Enterprise',
  Platform: '平台 Platform',
  Industry: '产业 Industry',
  Project: '项目 Project',
};

export const RELATION_LABELS: Record<string, string> = {
  COLLABORATES_WITH: '合作 COLLABORATES_WITH',
  RELIES_ON: '依托 RELIES_ON',
  BELONGS_TO: '隶属 BELONGS_TO',
  CITES: '引用 CITES',
  FOCUSES_ON: '聚焦 FOCUSES_ON',
  MENTIONS: '提及 MENTIONS',
};
