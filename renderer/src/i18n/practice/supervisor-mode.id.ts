export const supervisorModeId = {
  title: 'Mode Supervisor',
};
