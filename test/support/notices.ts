// Two notices the CLI tests check end to end: one a township may not issue as written (a ban on
// fireworks with a fine and confiscation), one that sets nothing on the public.
export const VIOLATING = `青山镇人民政府关于禁止燃放烟花爆竹的通告
青政通〔2024〕2号

为维护公共安全，经镇政府研究，现就有关事项通告如下：
一、自2024年1月1日起，本镇行政区域内全年禁止燃放烟花爆竹。
二、违反本通告燃放烟花爆竹的，由镇综合执法队处以五百元罚款，并没收烟花爆竹。
三、本通告自发布之日起施行。

青山镇人民政府
2023年12月20日
`;

export const CLEAN = `青山县人民政府办公室关于做好2024年防汛工作的通知
青政办发〔2024〕11号

各乡镇人民政府，县政府各部门：
为做好今年防汛工作，根据《中华人民共和国防洪法》，现就有关事项通知如下：
一、各乡镇人民政府、县政府各部门要落实防汛责任制，加强值班值守。
二、县水利局要加强水库、堤防的巡查，发现险情及时报告。
三、本通知自印发之日起施行，有效期至2024年12月31日。

青山县人民政府办公室
2024年4月1日
`;
