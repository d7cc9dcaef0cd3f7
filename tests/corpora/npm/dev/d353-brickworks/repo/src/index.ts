export { default as coursesFor, bricksPerCourse, JOINT_MM, STANDARD, type Brick } from './courses';
export { bricksFor, bricksForAll, palletsFor, type Wall } from './wall';
