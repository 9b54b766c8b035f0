import type { Raw } from './escape.js';
import type { ReportModel } from './types.js';
export declare function headerSection(m: ReportModel): Raw;
export declare function kpiSection(m: ReportModel): Raw;
export declare function assessmentSection(m: ReportModel): Raw;
